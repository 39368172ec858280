import type { RouteConfig } from "@remix-run/route-config";
import { adminRoutes } from "./routes/admin/routes";
import { apiRoutes } from "./routes/api/routes";
import { authRoutes } from "./routes/auth/routes";
import { employerRoutes } from "./routes/employer/routes";
import { municipalityRoutes } from "./routes/municipality/routes";
import { publicRoutes } from "./routes/public/routes";
import { studentRoutes } from "./routes/student/routes";

// One block per audience; each area declares its own paths in routes/<area>/routes.ts.
export default [...publicRoutes, ...authRoutes, ...studentRoutes, ...employerRoutes, ...municipalityRoutes, ...adminRoutes, ...apiRoutes] satisfies RouteConfig;
