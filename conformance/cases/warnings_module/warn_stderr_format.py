# The text warn() writes to sys.stderr (captured by rebinding sys.stderr),
# and the default filter showing each location once.
import io
import sys
import warnings

def clean(text):
    return "\n".join(l.rsplit("/", 1)[-1] for l in text.splitlines())

def legacy(x):
    warnings.warn("legacy() is deprecated, use modern()", DeprecationWarning, stacklevel=2)
    return x

captured = io.StringIO()
sys.stderr = captured
warnings.warn("plain message")
for i in range(3):
    warnings.warn("in a loop")
legacy(1)
legacy(2)
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(UserWarning("given as an instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom", MyWarning)
warnings.warn("pending", PendingDeprecationWarning)
def deep():
    warnings.warn("from deep", stacklevel=3)
deep()
sys.stderr = sys.__stderr__
print(clean(captured.getvalue()))
