# detach() and reconfigure() would hand out or rewire the stream under
# sys.stdin: both are refused, and the stream keeps working.
import sys
for name in ['detach', 'reconfigure']:
    try:
        getattr(sys.stdin, name)()
    except AttributeError as e:
        print(e)
print(repr(sys.stdin.read()))
sys.stdin.reconfigure(encoding='latin-1')
# expect-output: 'sys.stdin.detach' is not available in the sandbox
# expect-output: 'sys.stdin.reconfigure' is not available in the sandbox
# expect-output: ''
# expect: AttributeError: 'sys.stdin.reconfigure' is not available in the sandbox
