# expect: ImportError: module 'subprocess' is not available in the sandbox
from subprocess import run
