# File descriptor 0 cannot be opened through io, whichever name is tried:
# stdin is reachable only as sys.stdin.
import io
for name in ['open', 'FileIO', 'open_code', 'BufferedReader', 'TextIOWrapper']:
    try:
        getattr(io, name)(0)
    except AttributeError as e:
        print(e)
import sys
print(type(sys).__name__, sys.stdin.readable())
try:
    type(sys.stdin)(0)
except TypeError as e:
    print('TypeError')
io.open(0).read()
# expect-output: 'io.open' is not available in the sandbox
# expect-output: 'io.FileIO' is not available in the sandbox
# expect-output: 'io.open_code' is not available in the sandbox
# expect-output: 'io.BufferedReader' is not available in the sandbox
# expect-output: 'io.TextIOWrapper' is not available in the sandbox
# expect-output: module True
# expect-output: TypeError
# expect: AttributeError: 'io.open' is not available in the sandbox
