# expect: ImportError: module 'os' is not available in the sandbox
import os
os.system('id')
