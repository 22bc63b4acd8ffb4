# moat policy: importing os is refused with ImportError.
print("listing files")
import os
print(os.listdir("."))
