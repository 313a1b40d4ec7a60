/** Bundled into the WPS pages by the browser test: the strict ET double as WPS's `window.Application`. */
import { EtDouble } from "./double";

const double = new EtDouble();
const w = window as unknown as Record<string, unknown>;
w.__double = double;
w.Application = double.app;
const registered: Record<string, (...args: unknown[]) => unknown> = {};
w.__registered = registered;
w.wps = { AddCustomFunction: (_ns: string, name: string, fn: (...args: unknown[]) => unknown) => (registered[name] = fn) };
