-- Numbers for kunder and insatser created in the workbench (imported ones keep their own ids).
create sequence arendenummer_seq start with 100001 increment by 1;
