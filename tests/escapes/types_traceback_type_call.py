# TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) needs a frame and is
# refused.
import types
# expect: TypeError: creating 'traceback' objects is not available in the sandbox
types.TracebackType(None, None, 0, 0)
