-- 在职状态: whether a member works, has retired or neither; members already on the roster are unspecified until a file or an edit says.
ALTER TABLE people ADD COLUMN employment text NOT NULL DEFAULT 'Unspecified';
COMMENT ON COLUMN people.employment IS '在职状态 | Employment | Unspecified=未填=Not given; Serving=在职=Serving; Retired=离退休=Retired; NotWorking=无职业=Not working';
