# operator.attrgetter looks attributes up like getattr(): a dotted path to
# the subclass list is refused at its first part that reaches beyond the
# object's own class.
import operator
walk = operator.attrgetter("__class__.__base__.__subclasses__")
# expect: AttributeError: '__base__' is not available in the sandbox
walk(())
