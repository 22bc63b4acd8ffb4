# expect: ImportError: cannot import name 'os' from 'collections' (unknown location)
# A safe package offers only the submodules moat registers, so naming a
# refused module below it finds nothing.
from collections import os
os.system('id')
