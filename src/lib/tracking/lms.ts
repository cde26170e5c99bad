/**
 * One shape for the two SCORM APIs: 1.2's `LMSInitialize…` calls and 2004's `Initialize…`
 * calls behind the same six methods, each returning plain values.
 */

/** The calls of a SCORM 1.2 API object (window.API in Moodle and scorm-again). */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
	LMSGetErrorString(code: string): string;
}

/** The calls of a SCORM 2004 API object (window.API_1484_11). */
export interface Scorm2004Api {
	Initialize(arg: ''): string;
	Terminate(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	GetLastError(): string | number;
	GetErrorString(code: string): string;
}

export interface LmsConnection {
	/** Names of the calls, for logs: e.g. "LMSCommit" or "Commit". */
	readonly names: Record<'initialize' | 'terminate' | 'get' | 'set' | 'commit', string>;
	initialize(): unknown;
	terminate(): unknown;
	get(element: string): unknown;
	set(element: string, value: string): unknown;
	commit(): unknown;
	lastError(): unknown;
	errorString(code: string): unknown;
}

export function connection12(api: Scorm12Api): LmsConnection {
	return {
		names: {
			initialize: 'LMSInitialize',
			terminate: 'LMSFinish',
			get: 'LMSGetValue',
			set: 'LMSSetValue',
			commit: 'LMSCommit'
		},
		initialize: () => api.LMSInitialize(''),
		terminate: () => api.LMSFinish(''),
		get: (e) => api.LMSGetValue(e),
		set: (e, v) => api.LMSSetValue(e, v),
		commit: () => api.LMSCommit(''),
		lastError: () => api.LMSGetLastError(),
		errorString: (code) => api.LMSGetErrorString(code)
	};
}

export function connection2004(api: Scorm2004Api): LmsConnection {
	return {
		names: {
			initialize: 'Initialize',
			terminate: 'Terminate',
			get: 'GetValue',
			set: 'SetValue',
			commit: 'Commit'
		},
		initialize: () => api.Initialize(''),
		terminate: () => api.Terminate(''),
		get: (e) => api.GetValue(e),
		set: (e, v) => api.SetValue(e, v),
		commit: () => api.Commit(''),
		lastError: () => api.GetLastError(),
		errorString: (code) => api.GetErrorString(code)
	};
}
