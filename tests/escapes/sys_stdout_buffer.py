# sys.stdout.buffer is the host's binary file.
# expect: AttributeError: 'sys.stdout.buffer' is not available in the sandbox
import sys
sys.stdout.buffer.write(b'raw bytes to the host')
