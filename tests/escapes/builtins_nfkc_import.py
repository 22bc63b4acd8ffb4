# Fullwidth letters are NFKC-normalized by the compiler: this is __import__.
# expect: NameError: name '__import__' is not available in the sandbox
__ｉｍｐｏｒｔ__('os')
