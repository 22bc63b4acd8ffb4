# sys.stdin reads what the host handed over, but never reaches the file
# descriptor behind it: fileno is refused however it is looked up.
import sys
print(hasattr(sys.stdin, 'fileno'), hasattr(sys.__stdin__, 'fileno'))
print(getattr(sys.stdin, 'file' + 'no', None))
sys.stdin.fileno()
# expect-output: False False
# expect-output: None
# expect: AttributeError: 'sys.stdin.fileno' is not available in the sandbox
