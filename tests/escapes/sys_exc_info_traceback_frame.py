# sys.exc_info()[2] is a frameless traceback.
# expect: AttributeError: 'tb_frame' is not available in the sandbox
import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.exc_info()[2].tb_frame.f_globals
