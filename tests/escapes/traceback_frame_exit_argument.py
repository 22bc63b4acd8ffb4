# __exit__'s third argument is a frameless traceback.
class M:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(type(tb).__name__)
        tb.tb_frame.f_builtins
with M():
    raise ValueError("v")
# expect-output: traceback
# expect: AttributeError: 'tb_frame' is not available in the sandbox
