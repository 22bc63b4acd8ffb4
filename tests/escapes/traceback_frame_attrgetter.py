# operator.attrgetter walks dotted names through the same lookup.
import operator
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
# expect: AttributeError: 'tb_frame' is not available in the sandbox
operator.attrgetter("__traceback__.tb_frame.f_locals")(err)
