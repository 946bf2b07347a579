def func(a):
    d = a + 1
