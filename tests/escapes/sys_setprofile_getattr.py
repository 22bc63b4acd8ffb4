# getattr and hasattr go through the same refusal as the dot.
# expect-output: False False False
# expect-output: 'sys.setprofile' is not available in the sandbox
import sys
print(hasattr(sys, 'setprofile'), hasattr(sys, '_current_frames'), hasattr(sys, 'addaudithook'))
try:
    getattr(sys, 'setprofile')(print)
except AttributeError as e:
    print(e)
