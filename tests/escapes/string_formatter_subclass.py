# string.Formatter subclasses overriding get_value/get_field/convert_field/
# format_field and parse(): whatever the override does, attribute parts go
# through the sandbox's lookup, and parse() results with crafted field names
# reach the same refusals.
import string


class Walk(string.Formatter):
    def parse(self, fmt):
        yield ('', '0.__class__.__base__.__subclasses__', '', None)

    def convert_field(self, value, conversion):
        return value


class Direct(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        obj = args[0]
        for part in field_name.split('.')[1:]:
            obj = getattr(obj, part)
        return obj, field_name


for formatter, fmt in ((Walk(), 'ignored'), (Direct(), '{0.__init__.__globals__}'),
                       (string.Formatter(), '{0!r:{1.__class__.__mro__}}')):
    try:
        print(formatter.format(fmt, (), ()))
    except AttributeError as e:
        print(type(formatter).__name__, e)
# expect-output: Walk '__base__' is not available in the sandbox
# expect-output: Direct '__globals__' is not available in the sandbox
# expect-output: Formatter '__mro__' is not available in the sandbox
