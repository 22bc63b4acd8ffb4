# dir(object) and dir(type) name the class-graph walkers; reaching one
# through the listing is still refused.
names = [n for n in dir(type) if "subclasses" in n]
print(names)
print(getattr(object, names[0])())
# expect: AttributeError: '__subclasses__' is not available in the sandbox
