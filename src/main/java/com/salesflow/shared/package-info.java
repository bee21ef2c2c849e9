/** Types every feature uses: API errors, paging, time. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.salesflow.shared;
