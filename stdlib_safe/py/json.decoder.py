"""json.decoder, as CPython's submodule: the decoder's names, which the
json module (stdlib_safe/py/json.py) defines."""

from json import JSONDecoder, JSONDecodeError, _scanstring as scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
