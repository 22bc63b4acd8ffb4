# moat policy: importing subprocess is refused with ImportError.
import math
print(math.sqrt(16))
import subprocess
subprocess.run(["ls"])
