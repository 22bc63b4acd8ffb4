# Raising an exception class without a message.
print("about to fail")
raise NotImplementedError
