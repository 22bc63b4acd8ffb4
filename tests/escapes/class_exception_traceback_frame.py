# A caught user exception's traceback still has no frames behind it.
class E(Exception):
    pass
try:
    raise E("x")
except E as e:
    # expect: AttributeError: 'tb_frame' is not available in the sandbox
    e.__traceback__.tb_frame.f_globals
