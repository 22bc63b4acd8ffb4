# sys.stdin.buffer gives bytes, not the raw FileIO under it (which has the fd
# and would read past the interpreter's buffer).
import sys
b = sys.stdin.buffer
for name in ['raw', 'fileno', 'detach']:
    try:
        getattr(b, name)
        print('present', name)
    except AttributeError as e:
        print(e)
print(type(b).__name__, hasattr(b, 'raw'), hasattr(b, '_raw'))
b.raw.fileno()
# expect-output: 'sys.stdin.buffer.raw' is not available in the sandbox
# expect-output: 'sys.stdin.buffer.fileno' is not available in the sandbox
# expect-output: 'sys.stdin.buffer.detach' is not available in the sandbox
# expect-output: BufferedReader False False
# expect: AttributeError: 'sys.stdin.buffer.raw' is not available in the sandbox
