# Every dunder reached through a format field is refused; the script catches each refusal.
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: AttributeError '__builtins__' is not available in the sandbox
# expect-output: AttributeError '__code__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__closure__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError 'tb_frame' is not available in the sandbox
# expect-output: AttributeError 'tb_frame' is not available in the sandbox
def f():
    pass
try:
    1 / 0
except ZeroDivisionError as exc:
    err = exc
attacks = [
    ("{0.__globals__}", (f,), {}),
    ("{0.__subclasses__}", (int,), {}),
    ("{0.__builtins__}", (f,), {}),
    ("{0.__code__.co_code}", (lambda: 0,), {}),
    ("{0[0].__globals__}", ([f],), {}),
    ("{0.__self__}", (print,), {}),
    ("{x.__closure__}", (), {"x": f}),
    ("{0:{0.__globals__}}", (f,), {}),
    ("{0.__traceback__.tb_frame}", (err,), {}),
    ("{0.tb_frame.f_globals}", (err.__traceback__,), {}),
]
for fmt, args, kwargs in attacks:
    try:
        print(fmt.format(*args, **kwargs))
    except AttributeError as e:
        print(type(e).__name__, e)
