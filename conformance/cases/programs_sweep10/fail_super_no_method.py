class Base:
    def save(self):
        return "saved"
class Mixin:
    def save(self):
        print("mixin pre-save")
        return super().save()
class Broken(Mixin):
    pass
class Good(Mixin, Base):
    pass
print(Good().save())
print(Broken().save())
