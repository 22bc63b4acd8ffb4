# A course registry: class-level registry via __init_subclass__, capacity
# enforced by a descriptor, enrolment errors collected per student.
class Capacity:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, cls=None):
        return getattr(obj, self.name, 0) if obj else self

    def __set__(self, obj, value):
        if value > obj.limit:
            raise OverflowError(f"{obj.code} is full ({obj.limit})")
        setattr(obj, self.name, value)


class Course:
    catalogue = {}
    enrolled = Capacity()

    def __init_subclass__(cls, code, limit=2, **kw):
        super().__init_subclass__(**kw)
        cls.code, cls.limit = code, limit
        Course.catalogue[code] = cls()

    def enrol(self, student):
        self.enrolled += 1
        return f"{student} -> {self.code}"


class Maths(Course, code="M101"):
    pass


class Art(Course, code="A200", limit=1):
    pass


requests = [("ann", "M101"), ("bob", "A200"), ("cy", "A200"), ("di", "M101"), ("ed", "M101"), ("fy", "Z999")]
for student, code in requests:
    try:
        print(Course.catalogue[code].enrol(student))
    except OverflowError as e:
        print(f"{student}: full: {e}")
    except KeyError as e:
        print(f"{student}: unknown course {e}")
print({c: obj.enrolled for c, obj in Course.catalogue.items()}, type(Course.enrolled).__name__)
