# Frames are never handed out; FrameType cannot make one.
import types
# expect: TypeError: creating 'frame' objects is not available in the sandbox
types.FrameType()
