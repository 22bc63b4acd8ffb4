# expect: ImportError: module 'os' is not available in the sandbox
# A dotted import reaches the refused top-level module first.
import os.path
os.system('id')
