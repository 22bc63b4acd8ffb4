# Fullwidth attribute names normalise to the real dunders and are refused alike.
print(().__ｃｌａｓｓ__.__name__)
# expect: AttributeError: '__bases__' is not available in the sandbox
().__ｃｌａｓｓ__.__ｂａｓｅｓ__
