class Query:
    def where(self, cond):
        return self

    def order_by(self, key):
        return None


result = (Query()
          .where("age > 3")
          .order_by("name")
          .limit(10))
