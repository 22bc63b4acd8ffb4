# exit and quit are instances of site's Quitter in CPython: a payload reads
# their attributes (__init__.__globals__ is site's namespace, with sys and os
# in it), calls their class to make more, or looks up the other site
# builtins (help, license, credits, copyright), whose __call__ reads files.
# expect-output: exit.__init__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: exit.__call__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: type(exit).__call__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: exit.__call__.__func__ AttributeError: '__func__' is not available in the sandbox
# expect-output: exit.__repr__.__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: vars(exit) TypeError: vars() argument must have __dict__ attribute
# expect-output: exit.__dict__ AttributeError: '__dict__' is not available in the sandbox
# expect-output: type(exit).__dict__ AttributeError: '__dict__' is not available in the sandbox
# expect-output: exit.__class__.__bases__ AttributeError: '__bases__' is not available in the sandbox
# expect-output: exit.__reduce_ex__(2) TypeError: object.__reduce_ex__() is not available in the sandbox
# expect-output: type(exit)("x") TypeError: cannot create '_sitebuiltins.Quitter' instances
# expect-output: quit.eof AttributeError: '_sitebuiltins.Quitter' object has no attribute 'eof'
# expect-output: quit.name AttributeError: '_sitebuiltins.Quitter' object has no attribute 'name'
# expect-output: quit is exit ran: False
# expect-output: name 'help' is not available in the sandbox
# expect-output: name 'license' is not available in the sandbox
# expect-output: name 'credits' is not available in the sandbox
# expect-output: name 'copyright' is not available in the sandbox
# expect-output: name 'breakpoint' is not available in the sandbox
# expect-output: name 'open' is not available in the sandbox
# expect-output: SystemExit bye
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


attempt('exit.__init__.__globals__', lambda: exit.__init__.__globals__)
attempt('exit.__call__.__globals__', lambda: exit.__call__.__globals__)
attempt('type(exit).__call__.__globals__', lambda: type(exit).__call__.__globals__)
attempt('exit.__call__.__func__', lambda: exit.__call__.__func__)
attempt('exit.__repr__.__self__', lambda: exit.__repr__.__self__)
attempt('vars(exit)', lambda: vars(exit))
attempt('exit.__dict__', lambda: exit.__dict__)
attempt('type(exit).__dict__', lambda: type(exit).__dict__)
attempt('exit.__class__.__bases__', lambda: exit.__class__.__bases__)
attempt('exit.__reduce_ex__(2)', lambda: exit.__reduce_ex__(2))
attempt('type(exit)("x")', lambda: type(exit)('x'))
attempt('quit.eof', lambda: quit.eof)
attempt('quit.name', lambda: quit.name)
attempt('quit is exit', lambda: quit is exit)
for name in ('help', 'license', 'credits', 'copyright', 'breakpoint', 'open'):

    try:
        {'help': lambda: help, 'license': lambda: license, 'credits': lambda: credits,
         'copyright': lambda: copyright, 'breakpoint': lambda: breakpoint,
         'open': lambda: open}[name]()
    except NameError as e:
        print(e)
try:
    quit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
