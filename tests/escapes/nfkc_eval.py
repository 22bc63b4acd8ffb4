# Fullwidth letters normalise to `eval`, which is refused like the ASCII name.
# expect: NameError: name 'eval' is not available in the sandbox
ｅｖａｌ("1 + 1")
