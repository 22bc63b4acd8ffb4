# Relative imports and dotted from-imports from the script: `from . import
# os` in a script run as __main__ resolves against no package in CPython
# (ImportError), `from .. import x` likewise; `from json import decoder`
# then `decoder.__builtins__` or `decoder.scanstring.__globals__` would
# reach a module's namespace; `import json.decoder as d` binds the
# submodule; a dotted name through a non-package (`math.sys`) or through an
# attribute a safe package imported (`json.re`, `logging.sys`).
# expect-output: from . import os ImportError: relative imports are not available in the sandbox
# expect-output: from .. import json ImportError: relative imports are not available in the sandbox
# expect-output: from .json import decoder ImportError: relative imports are not available in the sandbox
# expect-output: json.decoder.__builtins__ AttributeError: '__builtins__' is not available in the sandbox
# expect-output: json.decoder scanstring globals AttributeError: '__globals__' is not available in the sandbox
# expect-output: import math.sys ModuleNotFoundError: No module named 'math.sys'; 'math' is not a package
# expect-output: import json.re ModuleNotFoundError: No module named 'json.re'
# expect-output: from logging import sys ran: <module 'sys' (built-in)>
# expect-output: from logging import os ImportError: cannot import name 'os' from 'logging' (unknown location)
# expect-output: from collections import _sys ImportError: cannot import name '_sys' from 'collections' (unknown location)
# expect-output: from json import _default_decoder ImportError: cannot import name '_default_decoder' from 'json' (unknown location)
# expect-output: dir(json.decoder) dunders ran: ['__all__', '__doc__', '__loader__', '__name__', '__package__', '__spec__']
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


def run(label, fn):
    attempt(label, fn)


def rel_os():
    from . import os
    return os


def rel_parent():
    from .. import json
    return json


def rel_named():
    from .json import decoder
    return decoder


def json_decoder():
    from json import decoder
    return decoder.__builtins__


def json_decoder_globals():
    import json.decoder as d
    return d.scanstring.__globals__


def math_sys():
    import math.sys
    return math.sys


def json_re():
    import json.re
    return json.re


def logging_sys():
    from logging import sys
    return sys


def logging_os():
    from logging import os
    return os


def collections_sys():
    from collections import _sys
    return _sys


def json_private():
    from json import _default_decoder
    return type(_default_decoder).__name__


def star_into_function():
    import json.decoder
    return sorted(n for n in dir(json.decoder) if n.startswith('__'))


for label, fn in [('from . import os', rel_os), ('from .. import json', rel_parent),
                  ('from .json import decoder', rel_named),
                  ('json.decoder.__builtins__', json_decoder),
                  ('json.decoder scanstring globals', json_decoder_globals),
                  ('import math.sys', math_sys), ('import json.re', json_re),
                  ('from logging import sys', logging_sys), ('from logging import os', logging_os),
                  ('from collections import _sys', collections_sys),
                  ('from json import _default_decoder', json_private),
                  ('dir(json.decoder) dunders', star_into_function)]:
    run(label, fn)
