# A trace function sees every frame of every call.
# expect: AttributeError: 'sys.settrace' is not available in the sandbox
import sys
frames = []
sys.settrace(lambda frame, event, arg: frames.append(frame))
