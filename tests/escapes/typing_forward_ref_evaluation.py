# typing.get_type_hints evaluates string annotations without eval(): only
# names, attributes, subscripts, '|' and literals (stdlib_safe/py/typing.py),
# names resolved through typing's native _module_global, which answers only
# what the script's own code could name (stdlib_safe/typing_module.h). An
# annotation that calls, or names the interpreter's machinery, gets nothing.
# expect-output: NameError name '__import__' is not defined
# expect-output: NameError name '__builtins__' is not defined
# expect-output: NameError name '__import__' is not defined
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: None None
# expect-output: NotImplementedError lambda
# expect-output: list
import typing


def attempt(annotation, label=None):
    def f(x):
        pass
    f.__annotations__ = {'x': annotation}
    try:
        print(typing.get_type_hints(f))
    except NotImplementedError:
        print('NotImplementedError', label)
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e)


attempt("__import__('os')", 'calls')
attempt("__builtins__")
attempt("__import__")
attempt("attempt.__globals__")
attempt("int.__subclasses__")
print(typing._module_global('__main__', '__builtins__', None),
      typing._module_global(None, '__build_class__', None))
attempt("lambda: 0", 'lambda')
print(type(typing._annotation_sources(int)).__name__)
