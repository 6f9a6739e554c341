-- R393-14: one row that every act assignment (intake, redistribution, retry of unassigned acts)
-- locks first, so two experts leaving at the same time cannot hand acts to each other.
create table act_assignment_lock (
  id int primary key
);
insert into act_assignment_lock (id) values (1);
