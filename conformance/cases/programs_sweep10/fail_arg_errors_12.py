"x".center()
