// Fieldless std enums programs name in paths and patterns (`Ordering::Less`), resolved when the program
// defines no enum of that name. Variant order is the declaration order (it decides derive(PartialOrd)).
import type { VariantDef } from './program.ts';

const STD_ENUMS: Record<string, string[]> = {
  Ordering: ['Less', 'Equal', 'Greater'],
  // std::num: what `f64::classify` and `ParseIntError::kind` return.
  FpCategory: ['Nan', 'Infinite', 'Zero', 'Subnormal', 'Normal'],
  IntErrorKind: ['Empty', 'InvalidDigit', 'PosOverflow', 'NegOverflow', 'Zero'],
  // std::fmt::Alignment (what `Formatter::align` returns).
  Alignment: ['Left', 'Right', 'Center'],
  // std::io::ErrorKind, in declaration order (its derived Ord follows it).
  ErrorKind: ['NotFound', 'PermissionDenied', 'ConnectionRefused', 'ConnectionReset', 'HostUnreachable', 'NetworkUnreachable', 'ConnectionAborted', 'NotConnected', 'AddrInUse', 'AddrNotAvailable', 'NetworkDown', 'BrokenPipe', 'AlreadyExists', 'WouldBlock', 'NotADirectory', 'IsADirectory', 'DirectoryNotEmpty', 'ReadOnlyFilesystem', 'StaleNetworkFileHandle', 'InvalidInput', 'InvalidData', 'TimedOut', 'WriteZero', 'StorageFull', 'NotSeekable', 'QuotaExceeded', 'FileTooLarge', 'ResourceBusy', 'ExecutableFileBusy', 'Deadlock', 'CrossesDevices', 'TooManyLinks', 'InvalidFilename', 'ArgumentListTooLong', 'Interrupted', 'Unsupported', 'UnexpectedEof', 'OutOfMemory', 'InProgress', 'Other', 'Uncategorized'],
};

export function stdVariant(enumName: string, variant: string): VariantDef | undefined {
  const vs = STD_ENUMS[enumName];
  const index = vs ? vs.indexOf(variant) : -1;
  if (index < 0) return undefined;
  return { enumName, name: variant, index, fieldNames: [], fieldTys: [], shape: 'Unit' };
}
