import { route } from "@remix-run/route-config";

export const studentRoutes = [route("student", "routes/student/home.tsx")];
