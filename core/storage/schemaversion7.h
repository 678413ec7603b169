#pragma once

#include "core/storage/migrations.h"

namespace zhibiao {

// Version 7: who may do what, enforced by a server (issue 17). Each table
// gets row-level security, forced on its owner too, with policies that
// read the person's role from `people`: a clerk enters and submits only
// their unit's indicators, and not after a month's closing date unless it
// was returned or reopened; a reviewer approves, returns and reopens; a
// viewer reads; an administrator manages the rest. The privileges each
// role is granted are set by one function of the schema,
// zhibiao_grant_privileges(login), which `zhibiao user add` calls. A
// single desk's file has no roles: the step changes nothing there.
Migration schemaVersion7();

} // namespace zhibiao
