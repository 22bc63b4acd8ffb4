# sys.exc_info()[2] is the traceback in CPython; moat hands out None.
# expect: AttributeError: 'NoneType' object has no attribute 'tb_frame'
import sys
try:
    1 / 0
except ZeroDivisionError:
    sys.exc_info()[2].tb_frame.f_globals
