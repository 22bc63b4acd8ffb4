# sys.stdout.buffer and sys.stderr.buffer write bytes to the script's own
# output, not the host's files: the raw FileIO, the fd and detach() under
# them are withheld, the writer holds no state a script could swap, and
# what it writes is the bytes given, nothing more.
import sys
for stream in (sys.stdout, sys.stderr):
    b = stream.buffer
    for name in ['raw', 'fileno', 'detach', '_raw', 'close', '__dict__']:
        try:
            getattr(b, name)
            print('present', name)
        except AttributeError as e:
            print(e)
    try:
        b.which = 'stdin'
    except AttributeError as e:
        print(e)
    print(b is stream.buffer, type(b).__name__, hasattr(b, 'raw'), 'raw' in dir(b))
try:
    type(sys.stdout.buffer)()
except TypeError as e:
    print(e)
sys.stdout.buffer.write(b'bytes\n')
sys.stdout.buffer.raw.fileno()
# expect-output: 'sys.stdout.buffer.raw' is not available in the sandbox
# expect-output: 'sys.stdout.buffer.fileno' is not available in the sandbox
# expect-output: 'sys.stdout.buffer.detach' is not available in the sandbox
# expect-output: '_io.BufferedWriter' object has no attribute '_raw'
# expect-output: '_io.BufferedWriter' object has no attribute 'close'
# expect-output: '_io.BufferedWriter' object has no attribute '__dict__'
# expect-output: '_io.BufferedWriter' object has no attribute 'which'
# expect-output: True BufferedWriter False False
# expect-output: 'sys.stderr.buffer.raw' is not available in the sandbox
# expect-output: 'sys.stderr.buffer.fileno' is not available in the sandbox
# expect-output: 'sys.stderr.buffer.detach' is not available in the sandbox
# expect-output: '_io.BufferedWriter' object has no attribute '_raw'
# expect-output: '_io.BufferedWriter' object has no attribute 'close'
# expect-output: '_io.BufferedWriter' object has no attribute '__dict__'
# expect-output: '_io.BufferedWriter' object has no attribute 'which'
# expect-output: True BufferedWriter False False
# expect-output: cannot create '_io.BufferedWriter' instances
# expect-output: bytes
# expect: AttributeError: 'sys.stdout.buffer.raw' is not available in the sandbox
