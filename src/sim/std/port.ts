// std's side of the machine's port (../semantics/std-port.ts): the library models' entry points, gathered in
// one object that run.ts hands to every Interp. The only place the machine's calls into std are wired up.
import type { StdPort } from '../semantics/std-port.ts';
import { stdCall, stdPathValue, defaultFor } from './calls.ts';
import { toIter } from './iter.ts';
import { dispatchMethod, callMethodExpr } from './methods.ts';
import { lockDebug } from './sync.ts';
import { worldFmt } from './world-values.ts';
import { worldWrite } from './world.ts';
import { utfErrorDisplay } from './utf-errors.ts';
import { fmtArguments } from './formatter-methods.ts';
import { userWriteStr } from './user-write.ts';
import { findKey, mapFromPairs } from './maps.ts';
import { userIndexPlace } from './user-index.ts';
import { vecIntoTry } from './collect-try.ts';
import { rebuild } from './binary-heap.ts';

export const STD_PORT: StdPort = {
  call: stdCall,
  pathValue: stdPathValue,
  defaultFor,
  toIter,
  dispatchMethod,
  callMethodExpr,
  lockDebug,
  worldFmt,
  worldWrite,
  utfErrorDisplay,
  fmtArguments,
  userWriteStr,
  findKey,
  userIndexPlace,
  mapFromPairs,
  vecIntoTry,
  heapify: rebuild,
};
