"""json.encoder, as CPython's submodule: the encoder's names, which the
json module (stdlib_safe/py/json.py) defines."""

from json import (JSONEncoder, _encode_basestring as encode_basestring,
                  _encode_basestring_ascii as encode_basestring_ascii)

INFINITY = float('inf')
