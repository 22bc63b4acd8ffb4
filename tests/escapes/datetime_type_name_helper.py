# datetime's native _set_type_name renames classes in messages; the module
# deletes it once its own classes are named, so a script cannot rename
# built-in or user types to forge error messages.
import datetime
try:
    datetime._set_type_name
except AttributeError as e:
    print(e)
print(type(datetime.date(2024, 1, 1)).__name__)
# expect-output: module 'datetime' has no attribute '_set_type_name'
# expect-output: date
